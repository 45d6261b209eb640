//! The process's memory: handing freed memory back after a reload, and its peak for reports.

/// Hands memory freed by an old index back to the system. glibc keeps freed memory in per-thread
/// arenas, and each reload builds on fresh threads (tantivy's indexers, the lexicon), so without
/// this a long-running bot's resident memory would step up with every reload.
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes no pointer and only walks glibc's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The most resident memory this process has used so far (Linux's `VmHWM`); None elsewhere.
pub fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

//! How a transport stops and reloads: Ctrl-C or SIGTERM ends it gracefully, SIGHUP reloads `data/`.

use crate::Bot;

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::warn!(%err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::warn!(%err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

/// Reloads `data/` whenever the process gets SIGHUP, for as long as the transport runs; a broken
/// file is logged with its line and the data loaded before keeps serving.
pub async fn reload_on_hangup(bot: Bot) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut hangups = match signal(SignalKind::hangup()) {
            Ok(hangups) => hangups,
            Err(err) => {
                tracing::warn!(%err, "cannot listen for SIGHUP; /reload still works");
                return;
            }
        };
        while hangups.recv().await.is_some() {
            tracing::info!("SIGHUP: reloading the data");
            let bot = bot.clone();
            // The error itself is logged by the reload.
            let _ = tokio::task::spawn_blocking(move || bot.reload()).await;
        }
    }
    #[cfg(not(unix))]
    let _ = bot;
}

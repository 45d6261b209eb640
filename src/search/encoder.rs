//! The sentence encoder: all-MiniLM-L6-v2 (from `assets/minilm/`, 8 bits a weight) run on the CPU
//! with candle, turning a text into a unit vector whose dot product with another measures how close
//! their meanings are, whatever words they use.

use anyhow::{bail, Context};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tokenizers::Tokenizer;

/// Sentence-transformers trained the model on at most this many tokens a text.
const MAX_TOKENS: usize = 256;
/// Texts embedded together in one forward pass.
const BATCH: usize = 16;
/// The file holding the quantized weights.
pub const WEIGHTS_FILE: &str = "model-int8.safetensors";

/// A loaded sentence encoder.
pub struct Encoder {
    model: BertModel,
    tokenizer: Tokenizer,
    /// Names the weights: part of the key of every cached embedding.
    fingerprint: u64,
    dimensions: usize,
}

impl std::fmt::Debug for Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Encoder")
            .field("fingerprint", &self.fingerprint)
            .field("dimensions", &self.dimensions)
            .finish()
    }
}

/// Which model answers match by meaning with.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ModelChoice {
    /// The model compiled into the binary from `assets/minilm/`.
    #[default]
    Shipped,
    /// A folder holding the same three files (`ASEM_MODEL_DIR`).
    Folder(std::path::PathBuf),
    /// Match by words only (`ASEM_MODEL_DIR=off`).
    Off,
}

static SHIPPED_WEIGHTS: &[u8] = include_bytes!("../../assets/minilm/model-int8.safetensors");
static SHIPPED_CONFIG: &str = include_str!("../../assets/minilm/config.json");
static SHIPPED_TOKENIZER: &[u8] = include_bytes!("../../assets/minilm/tokenizer.json");

impl ModelChoice {
    /// The encoder, loaded once per process for the shipped model.
    pub fn load(&self) -> anyhow::Result<Option<Arc<Encoder>>> {
        static SHIPPED: OnceLock<Arc<Encoder>> = OnceLock::new();
        match self {
            ModelChoice::Off => Ok(None),
            ModelChoice::Shipped => {
                if let Some(encoder) = SHIPPED.get() {
                    return Ok(Some(encoder.clone()));
                }
                let encoder = Arc::new(
                    Encoder::from_parts(SHIPPED_WEIGHTS, SHIPPED_CONFIG, SHIPPED_TOKENIZER)
                        .context("loading the shipped sentence encoder")?,
                );
                Ok(Some(SHIPPED.get_or_init(|| encoder).clone()))
            }
            ModelChoice::Folder(dir) => Ok(Some(Arc::new(Encoder::load(dir)?))),
        }
    }
}

impl Encoder {
    /// Loads the model from a folder holding `model-int8.safetensors`, `config.json` and
    /// `tokenizer.json` (as `scripts/build-model.sh` writes them).
    pub fn load(dir: &Path) -> anyhow::Result<Encoder> {
        let hint =
            "rebuild it with `bash scripts/build-model.sh`, or point ASEM_MODEL_DIR at the folder";
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).with_context(|| format!("reading {} ({hint})", path.display()))
        };
        let weights = read(WEIGHTS_FILE)?;
        let config = String::from_utf8(read("config.json")?).context("config.json is not text")?;
        let tokenizer = read("tokenizer.json")?;
        Encoder::from_parts(&weights, &config, &tokenizer)
            .with_context(|| format!("loading the encoder in {}", dir.display()))
    }

    /// Builds the encoder from the weights (8-bit, as `scripts/quantize_minilm.py` writes them), the
    /// model's `config.json` and its `tokenizer.json`.
    pub fn from_parts(weights: &[u8], config: &str, tokenizer: &[u8]) -> anyhow::Result<Encoder> {
        let fingerprint = fnv1a(weights);
        let device = Device::Cpu;
        let stored = candle_core::safetensors::load_buffer(weights, &device)
            .context("reading the weights")?;
        let tensors = dequantize(stored).context("unpacking the weights")?;
        let config: Config = serde_json::from_str(config).context("parsing config.json")?;
        let dimensions = config.hidden_size;
        let model = BertModel::load(
            VarBuilder::from_tensors(tensors, DType::F32, &device),
            &config,
        )
        .context("building the encoder")?;
        let mut tokenizer = Tokenizer::from_bytes(tokenizer)
            .map_err(|e| anyhow::anyhow!("{e}"))
            .context("reading tokenizer.json")?;
        tokenizer
            .with_truncation(Some(tokenizers::TruncationParams {
                max_length: MAX_TOKENS,
                ..Default::default()
            }))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        tokenizer.with_padding(None);
        Ok(Encoder {
            model,
            tokenizer,
            fingerprint,
            dimensions,
        })
    }

    /// A number that changes whenever the weights do.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// One unit vector per text, in order.
    pub fn embed(&self, texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>> {
        let mut out = vec![Vec::new(); texts.len()];
        // Texts of similar length together: less padding to compute.
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| texts[i].len());
        for chunk in order.chunks(BATCH) {
            let batch: Vec<&str> = chunk.iter().map(|&i| texts[i]).collect();
            for (vector, &i) in self.embed_batch(&batch)?.into_iter().zip(chunk) {
                out[i] = vector;
            }
        }
        Ok(out)
    }

    fn embed_batch(&self, texts: &[&str]) -> anyhow::Result<Vec<Vec<f32>>> {
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| anyhow::anyhow!("tokenizing: {e}"))?;
        let length = encodings
            .iter()
            .map(|e| e.get_ids().len())
            .max()
            .unwrap_or(0)
            .max(1);
        let mut ids = Vec::with_capacity(texts.len() * length);
        let mut mask = Vec::with_capacity(texts.len() * length);
        for encoding in &encodings {
            let tokens = encoding.get_ids();
            ids.extend(tokens.iter().copied());
            ids.extend(std::iter::repeat_n(0, length - tokens.len()));
            mask.extend(std::iter::repeat_n(1u32, tokens.len()));
            mask.extend(std::iter::repeat_n(0u32, length - tokens.len()));
        }
        let device = &self.model.device;
        let shape = (texts.len(), length);
        let ids = Tensor::from_vec(ids, shape, device)?;
        let mask = Tensor::from_vec(mask, shape, device)?;
        let types = ids.zeros_like()?;
        let hidden = self.model.forward(&ids, &types, Some(&mask))?;
        // Mean of the token vectors, padding left out, then scaled to length 1.
        let weights = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let summed = hidden.broadcast_mul(&weights)?.sum(1)?;
        let counts = weights.sum(1)?.clamp(1e-9f32, f32::MAX)?;
        let mean = summed.broadcast_div(&counts)?;
        let norms = mean
            .sqr()?
            .sum_keepdim(1)?
            .sqrt()?
            .clamp(1e-12f32, f32::MAX)?;
        Ok(mean.broadcast_div(&norms)?.to_vec2::<f32>()?)
    }
}

/// The matrix a `.scale` tensor belongs to.
fn matrix_of_scale(name: &str) -> Option<&str> {
    name.strip_suffix(".scale")
}

/// Turns each 8-bit matrix (`name` as bytes + 128, `name.scale` one factor a row) back into f32.
fn dequantize(mut stored: HashMap<String, Tensor>) -> anyhow::Result<HashMap<String, Tensor>> {
    let scales: Vec<String> = stored
        .keys()
        .filter(|k| matrix_of_scale(k).is_some())
        .cloned()
        .collect();
    for scale_name in scales {
        let name = matrix_of_scale(&scale_name).unwrap_or_default().to_string();
        let scale = stored.remove(&scale_name).unwrap_or_else(|| unreachable!());
        let Some(bytes) = stored.remove(&name) else {
            bail!("{scale_name} has no matrix {name}");
        };
        if bytes.dtype() != DType::U8 {
            bail!("{name} should hold 8-bit weights, not {:?}", bytes.dtype());
        }
        let weights = (bytes.to_dtype(DType::F32)? - 128.0)?.broadcast_mul(&scale.unsqueeze(1)?)?;
        stored.insert(name, weights);
    }
    Ok(stored)
}

/// FNV-1a over the weights: cheap, stable across runs and platforms (unlike `DefaultHasher`).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The dot product of two unit vectors: their cosine similarity.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

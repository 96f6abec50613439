// Merkle-Damgard message padding shared by the MD5 and SHA digests.

/** Pads to whole blocks (64 bytes, or 128 for SHA-512) ending in the message bit length. */
export function padMessage(bytes: Uint8Array, bigEndian: boolean, lengthBytes = 8): Uint8Array {
  const blockSize = lengthBytes === 16 ? 128 : 64;
  const total = Math.ceil((bytes.length + 1 + lengthBytes) / blockSize) * blockSize;
  const out = new Uint8Array(total);
  out.set(bytes);
  out[bytes.length] = 0x80;
  // Bit length as a 64-bit number; messages here are far below 2^53 bits.
  let bits = bytes.length * 8;
  for (let i = 0; i < 8; i++) {
    const index = bigEndian ? total - 1 - i : total - lengthBytes + i;
    out[index] = bits % 256;
    bits = Math.floor(bits / 256);
  }
  return out;
}

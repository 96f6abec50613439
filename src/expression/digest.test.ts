import { describe, expect, it } from 'vitest';
import { hexDigest } from './digest';

// Published test vectors (RFC 1321, FIPS 180 examples) plus block-boundary and UTF-8 cases.
const VECTORS: Array<[string, string, string]> = [
  ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['md5', 'abc', '900150983cd24fb0d6963f7d28e17f72'],
  ['md5', 'message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
  ['md5', '12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
  ['sha1', '', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['sha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha1', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ['sha256', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha256', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  [
    'sha512',
    '',
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  ],
  [
    'sha512',
    'abc',
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  ],
  [
    'sha512',
    'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
  ],
  ['md5', 'ünïcödé', 'c122dd63912c7bdc299849963e1c5b18'],
];

describe('hexDigest', () => {
  it.each(VECTORS)('%s(%j)', (algorithm, input, expected) => {
    expect(hexDigest(input, algorithm)).toBe(expected);
  });

  it('handles inputs across padding boundaries', () => {
    // 55/56/64 bytes straddle the MD5/SHA-1/SHA-256 length field; 111/112 the SHA-512 one.
    expect(hexDigest('a'.repeat(56), 'sha256')).toBe('b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a');
    expect(hexDigest('a'.repeat(64), 'md5')).toBe('014842d480b571495a4a0363793f7367');
    expect(hexDigest('a'.repeat(112), 'sha512').slice(0, 16)).toBe('c01d080efd492776');
  });

  it('returns an empty string for an unknown algorithm', () => {
    expect(hexDigest('abc', 'sha3')).toBe('');
    expect(hexDigest('abc', 'constructor')).toBe('');
  });
});

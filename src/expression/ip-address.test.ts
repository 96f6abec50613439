import { describe, expect, it } from 'vitest';
import { ipInNetwork, parseIpAddress, reverseName } from './ip-address';

describe('parseIpAddress', () => {
  it.each(['192.0.2.1', '0.0.0.0', '255.255.255.255'])('reads IPv4 %s', (ip) => {
    expect(parseIpAddress(ip)?.version).toBe(4);
  });
  it.each(['::1', '::', '2001:db8::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:192.0.2.1', 'FE80::ABCD'])('reads IPv6 %s', (ip) => {
    expect(parseIpAddress(ip)?.version).toBe(6);
  });
  it.each(['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1::2::3', ':1', '1:2:3:4:5:6:7:8:9', '12345::', 'example.com', '1.2.3.4/8'])(
    'refuses %j',
    (ip) => {
      expect(parseIpAddress(ip)).toBeNull();
    },
  );
  it('expands "::"', () => {
    expect(parseIpAddress('2001:db8::1')?.bytes).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
});

describe('ipInNetwork', () => {
  it.each([
    ['10.1.2.3', '10.0.0.0/8', true],
    ['11.1.2.3', '10.0.0.0/8', false],
    ['192.168.1.77', '192.168.1.64/26', true],
    ['192.168.1.200', '192.168.1.64/26', false],
    ['1.2.3.4', '0.0.0.0/0', true],
    ['1.2.3.4', '1.2.3.4', true],
    ['1.2.3.5', '1.2.3.4', false],
    ['2001:db8::5', '2001:db8::/32', true],
    ['2001:db9::5', '2001:db8::/32', false],
    ['10.0.0.1', '::/0', false],
    ['10.0.0.1', '10.0.0.0/33', false],
    ['nonsense', '10.0.0.0/8', false],
  ] as const)('%s in %s is %s', (ip, network, expected) => {
    expect(ipInNetwork(ip, network)).toBe(expected);
  });
});

describe('reverseName', () => {
  it('reverses IPv4 octets and IPv6 nibbles', () => {
    expect(reverseName('192.0.2.1')).toBe('1.2.0.192');
    expect(reverseName('2001:db8::1')).toBe('1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2');
    expect(reverseName('x')).toBeNull();
  });
});

import Testing

@testable import PsqlCore

@Suite struct RawByteTextTests {
    @Test(arguments: [
        [UInt8](Array("select 'é' as x;".utf8)),
        [0x73, 0xFF, 0xFE, 0x27],  // bytes no UTF-8 sequence starts with
        [0xC3],  // a sequence cut short at the end
        [0xE2, 0x82, 0x41],  // cut short in the middle
        [0xC0, 0xAF],  // overlong
        [0xED, 0xA0, 0x80],  // a surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xF0, 0x9F, 0x98, 0x80, 0x80],  // valid, then a stray continuation byte
    ])
    func invalidBytesTravelUnchanged(bytes: [UInt8]) {
        let text = RawByteText.decode(bytes[...])
        #expect(RawByteText.bytes(of: text) == bytes)
        #expect(RawByteText.containsRawBytes(text) == (String(validating: bytes, as: UTF8.self) == nil))
    }
}

// Defines readThriftStruct, a decoder of Thrift's binary protocol (TBinaryProtocol) into field-id maps, for tests that receive what a Jaeger exporter sends.

/** A decoded Thrift value: structs are maps from field id, lists and sets arrays, i64 bigints. */
export type ThriftValue =
  boolean | number | bigint | string | ThriftStruct | ThriftValue[] | Map<ThriftValue, ThriftValue>;
export type ThriftStruct = Map<number, ThriftValue>;

const T = {
  STOP: 0,
  BOOL: 2,
  BYTE: 3,
  DOUBLE: 4,
  I16: 6,
  I32: 8,
  I64: 10,
  STRING: 11,
  STRUCT: 12,
  MAP: 13,
  SET: 14,
  LIST: 15,
} as const;

/** Reads one struct from the start of `data`; throws on a truncated or malformed encoding. */
export function readThriftStruct(data: Uint8Array): ThriftStruct {
  const r = new Reader(data);
  const s = r.struct();
  if (r.pos !== data.length) throw new Error(`thrift: ${data.length - r.pos} bytes after the struct`);
  return s;
}

class Reader {
  pos = 0;
  private readonly view: DataView;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  private need(n: number): void {
    if (this.pos + n > this.data.length) throw new Error(`thrift: truncated at byte ${this.pos}`);
  }

  private byte(): number {
    this.need(1);
    return this.view.getInt8(this.pos++);
  }

  private i16(): number {
    this.need(2);
    const v = this.view.getInt16(this.pos);
    this.pos += 2;
    return v;
  }

  private i32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos);
    this.pos += 4;
    return v;
  }

  struct(): ThriftStruct {
    const fields: ThriftStruct = new Map();
    for (;;) {
      const type = this.byte();
      if (type === T.STOP) return fields;
      const id = this.i16();
      fields.set(id, this.value(type));
    }
  }

  private value(type: number): ThriftValue {
    switch (type) {
      case T.BOOL:
        return this.byte() !== 0;
      case T.BYTE:
        return this.byte();
      case T.I16:
        return this.i16();
      case T.I32:
        return this.i32();
      case T.I64: {
        this.need(8);
        const v = this.view.getBigInt64(this.pos);
        this.pos += 8;
        return v;
      }
      case T.DOUBLE: {
        this.need(8);
        const v = this.view.getFloat64(this.pos);
        this.pos += 8;
        return v;
      }
      case T.STRING: {
        const n = this.i32();
        if (n < 0) throw new Error(`thrift: negative string length at byte ${this.pos}`);
        this.need(n);
        const s = Buffer.from(this.data.subarray(this.pos, this.pos + n)).toString('utf8');
        this.pos += n;
        return s;
      }
      case T.STRUCT:
        return this.struct();
      case T.LIST:
      case T.SET: {
        const elem = this.byte();
        const n = this.i32();
        const out: ThriftValue[] = [];
        for (let i = 0; i < n; i++) out.push(this.value(elem));
        return out;
      }
      case T.MAP: {
        const k = this.byte();
        const v = this.byte();
        const n = this.i32();
        const out = new Map<ThriftValue, ThriftValue>();
        for (let i = 0; i < n; i++) out.set(this.value(k), this.value(v));
        return out;
      }
    }
    throw new Error(`thrift: unknown type ${type} at byte ${this.pos}`);
  }
}

import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvRow, neutraliseFormula, parseCsv, restoreFormula, toCsv } from '@/utils/domain/csv';

describe('csvRow', () => {
  it('ends every record with CRLF and leaves plain cells bare', () => {
    expect(csvRow(['a', 'b c', 'd'])).toBe('a,b c,d\r\n');
  });

  it('quotes cells holding a comma, quote, CR or LF and doubles quotes', () => {
    expect(csvRow(['x,y', 'say "hi"', 'one\ntwo', 'cr\rhere', 'crlf\r\nhere'])).toBe(
      '"x,y","say ""hi""","one\ntwo","cr\rhere","crlf\r\nhere"\r\n',
    );
  });

  it('writes null and undefined as empty cells, numbers and booleans as they are', () => {
    expect(csvRow([null, 'a', undefined, 0, 3.5, true, false])).toBe(',a,,0,3.5,true,false\r\n');
  });

  it('keeps a record made of one empty cell from becoming a blank line', () => {
    expect(csvRow([null])).toBe('""\r\n');
    expect(parseCsv(toCsv(['only'], [[''], ['x']])).rows).toEqual([{ only: '' }, { only: 'x' }]);
  });

  it('neutralises every formula prefix in text cells', () => {
    const cells = ['=SUM(A1:A2)', '+1', '-2', '@cmd', '\tindent', '\rcr'];
    expect(csvRow(cells)).toBe(`'=SUM(A1:A2),'+1,'-2,'@cmd,'\tindent,"'\rcr"\r\n`);
  });

  it('leaves a negative number written as a number numeric', () => {
    expect(csvRow([-3, '-3'])).toBe("-3,'-3\r\n");
  });

  it('does not touch text where the trigger is not the first character', () => {
    expect(csvRow(['a=b', ' =x', '3-2'])).toBe('a=b, =x,3-2\r\n');
  });
});

describe('neutraliseFormula / restoreFormula', () => {
  it.each(['=1', '+1', '-1', '@x', '\tx', '\rx', "'=1", "''+x", "'plain", 'plain', '', "'"])('round-trips %j exactly', (text) => {
    expect(restoreFormula(neutraliseFormula(text))).toBe(text);
  });

  it('adds one more apostrophe to text that already looks neutralised', () => {
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(neutraliseFormula("'plain")).toBe("'plain");
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM followed by the header record', () => {
    const csv = toCsv(['name', 'note'], [['José', '李 🚀']]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe('\uFEFFname,note\r\nJosé,李 🚀\r\n');
  });

  it('keeps non-ASCII text intact through UTF-8 bytes', () => {
    const csv = toCsv(['who'], [['José'], ['李'], ['👩🏽‍💻']]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).rows.map((r) => r.who)).toEqual(['José', '李', '👩🏽‍💻']);
  });
});

describe('parseCsv', () => {
  it('round-trips awkward values exactly', () => {
    const values = ['x,y', 'say "hi"', 'a\r\nb\nc\rd', '=HYPERLINK("http://e.x","go")', "'=kept", '-', '\t', '', ' padded ', 'José 李 😀'];
    const header = values.map((_, i) => `c${i}`);
    const parsed = parseCsv(toCsv(header, [values]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual(header);
    expect(parsed.rows).toEqual([Object.fromEntries(header.map((h, i) => [h, values[i]]))]);
  });

  it('reads LF files and files without a BOM or final newline', () => {
    expect(parseCsv('a,b\n1,"x\ny"\n3,4').rows).toEqual([
      { a: '1', b: 'x\ny' },
      { a: '3', b: '4' },
    ]);
  });

  it('skips blank lines but counts them when naming lines', () => {
    const parsed = parseCsv('a,b\r\n1,2\r\n\r\n"multi\r\nline",3\r\n\r\n9\r\n');
    expect(parsed.rows).toEqual([
      { a: '1', b: '2' },
      { a: 'multi\r\nline', b: '3' },
    ]);
    expect(parsed.errors).toEqual([{ line: 7, message: 'line 7: expected 2 fields, got 1' }]);
  });

  it('reports an unterminated quote with its line', () => {
    const parsed = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(parsed.rows).toEqual([{ a: '1', b: '2' }]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ line: 3 });
    expect(parsed.errors[0]?.message).toMatch(/^line 3: .*unterminated/i);
  });

  it('reports a repeated header name and an empty file', () => {
    expect(parseCsv('a,a\n1,2\n').errors).toEqual([{ line: 1, message: 'line 1: column "a" appears more than once' }]);
    expect(parseCsv(CSV_BOM).errors).toEqual([{ line: 1, message: 'line 1: the file is empty' }]);
  });
});

import type { PrismTheme } from 'prism-react-renderer';

/**
 * Code sample colours, light and dark. prism-react-renderer's own themes give
 * several token types too little contrast against their background for WCAG AA
 * (axe flags them: pink strings, teal numbers, cyan keywords on the light one;
 * navy prolog and grey markup punctuation on the dark one). Every colour here
 * reaches at least 4.5:1 against its theme's background (tests/components/
 * code-block.test.tsx measures it), and none is faded with opacity.
 */
export const codeThemeLight: PrismTheme = {
  plain: { color: '#24292f', backgroundColor: '#f6f8fa' },
  styles: [
    { types: ['comment', 'prolog', 'doctype', 'cdata'], style: { color: '#57606a', fontStyle: 'italic' } },
    { types: ['punctuation', 'operator', 'interpolation-punctuation'], style: { color: '#24292f' } },
    { types: ['string', 'attr-value', 'char', 'regex', 'url', 'template-punctuation'], style: { color: '#0a3069' } },
    { types: ['number', 'boolean', 'constant', 'symbol', 'entity', 'property', 'variable', 'attr-name'], style: { color: '#0550ae' } },
    { types: ['keyword', 'atrule', 'selector', 'builtin', 'important', 'namespace'], style: { color: '#cf222e' } },
    { types: ['function', 'function-variable', 'class-name'], style: { color: '#6639ba' } },
    { types: ['tag', 'inserted'], style: { color: '#116329' } },
    { types: ['deleted'], style: { color: '#82071e' } },
    { types: ['changed'], style: { color: '#953800' } },
    { types: ['important', 'bold'], style: { fontWeight: 'bold' } },
    { types: ['italic'], style: { fontStyle: 'italic' } },
  ],
};

export const codeThemeDark: PrismTheme = {
  plain: { color: '#d4d4d4', backgroundColor: '#1e1e1e' },
  styles: [
    { types: ['comment', 'prolog', 'doctype', 'cdata'], style: { color: '#7ca668', fontStyle: 'italic' } },
    { types: ['punctuation', 'operator'], style: { color: '#d4d4d4' } },
    { types: ['punctuation'], languages: ['markup'], style: { color: '#a0a0a0' } },
    { types: ['keyword', 'builtin', 'atrule', 'changed', 'important', 'interpolation-punctuation'], style: { color: '#569cd6' } },
    { types: ['string', 'attr-value', 'template-punctuation', 'deleted'], style: { color: '#ce9178' } },
    { types: ['char', 'regex'], style: { color: '#d16969' } },
    { types: ['number', 'boolean', 'inserted'], style: { color: '#b5cea8' } },
    { types: ['constant', 'symbol', 'entity', 'url'], style: { color: '#4fc1ff' } },
    { types: ['variable', 'property', 'attr-name'], style: { color: '#9cdcfe' } },
    { types: ['selector'], style: { color: '#d7ba7d' } },
    { types: ['tag', 'class-name', 'namespace'], style: { color: '#4ec9b0' } },
    { types: ['tag'], languages: ['markup'], style: { color: '#569cd6' } },
    { types: ['function', 'function-variable'], style: { color: '#dcdcaa' } },
    { types: ['important', 'bold'], style: { fontWeight: 'bold' } },
    { types: ['italic'], style: { fontStyle: 'italic' } },
  ],
};

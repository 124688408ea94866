// Wording rules of official documents (Decree 30/2020/NĐ-CP): numbering of parts, document numbers
// and symbols, issuer header lines, signature authority lines, citations of other documents.
export * from './numbering.ts';
export * from './kinds.ts';
export * from './document-number.ts';
export * from './issuer-name.ts';
export * from './place-name.ts';
export * from './signature-block.ts';
export * from './legal-reference.ts';
export * from './section-tree.ts';

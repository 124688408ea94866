// Pure domain rules of DVCQ: no I/O, no clock. Everything time-dependent takes the instant as an argument.
export * from './plans-index.ts';
export * from './scoring-index.ts';
export * from './documents/index.ts';

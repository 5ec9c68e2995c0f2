export function prng(seed: number): () => number;
export function generateReview(rand: () => number, options: { lang: 'zh' | 'en'; targetBytes: number; index: number }): string;

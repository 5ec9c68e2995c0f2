export function extensionErrorsInLog(log: string, ours: { extensionId: string; bundleDir: string }): string[];

/**
 * Turns the generated Dutch metadata (functions.json) into the en-US file: same ids, English names and texts.
 * Used at build time by webpack.config.js and in tests; pure.
 */
export interface EnglishMetadata {
  name: string;
  description: string;
  /** Keyed by the Dutch parameter name as it appears in functions.json. */
  parameters: Record<string, { name: string; description: string }>;
  result?: string;
}

interface MetadataParameter { name: string; description?: string; [key: string]: unknown }
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: { description?: string; [key: string]: unknown };
  [key: string]: unknown;
}
export interface Metadata { functions: MetadataFunction[]; [key: string]: unknown }

export function toEnglishMetadata(dutch: Metadata, english: Record<string, EnglishMetadata>): Metadata {
  return {
    ...dutch,
    functions: dutch.functions.map((fn) => {
      const en = english[fn.id];
      if (!en) throw new Error(`No English metadata for custom function ${fn.id}`);
      return {
        ...fn,
        name: en.name,
        description: en.description,
        parameters: fn.parameters.map((p) => {
          const ep = en.parameters[p.name];
          if (!ep) throw new Error(`No English text for parameter ${p.name} of ${fn.id}`);
          return { ...p, name: ep.name, description: ep.description };
        }),
        result: fn.result ? { ...fn.result, ...(en.result ? { description: en.result } : {}) } : fn.result,
      };
    }),
  };
}

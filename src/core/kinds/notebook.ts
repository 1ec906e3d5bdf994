import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { stripWorkspacePrefix, WORKSPACE_OBJECT_LEVELS, WORKSPACE_PATH } from './workspace-objects.ts';

export const notebook: KindRules = {
  kind: 'notebook',
  plural: 'notebooks',
  description: 'A notebook imported from a source file in the repo (`source:`).',
  wave: 2,
  identity: { field: 'path', unique: true },
  api: { permissionType: 'notebooks' },
  permissionLevels: WORKSPACE_OBJECT_LEVELS,
  spec: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: {
        path: WORKSPACE_PATH,
        language: {
          enum: ['PYTHON', 'SCALA', 'SQL', 'R'],
          description: 'Taken from the source file extension when left out.',
        },
        format: { enum: ['SOURCE', 'JUPYTER', 'HTML', 'DBC', 'R_MARKDOWN', 'AUTO'] },
      },
    },
  },
  readOnlyFields: ['object_id', 'object_type', 'created_at', 'modified_at', 'resource_id', 'size'],
  normalize: stripWorkspacePrefix,
  // The import format is how the content travels, not a property the workspace keeps: a notebook
  // exports as SOURCE whatever it was imported as (issue #7's review), so it is never compared.
  fieldRules: { ...NO_FIELD_RULES, ignored: ['format'] },
  hasSource: true,
};

/** Notebook languages by source-file extension. */
export const LANGUAGE_BY_EXTENSION: Record<string, string> = {
  '.py': 'PYTHON',
  '.sql': 'SQL',
  '.scala': 'SCALA',
  '.r': 'R',
  '.ipynb': 'PYTHON',
};

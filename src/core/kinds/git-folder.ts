import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { stripWorkspacePrefix, WORKSPACE_PATH } from './workspace-objects.ts';

/**
 * Git providers the Repos API takes, case-insensitive. Source: the SDK's workspace
 * CreateRepoRequest docs (gitHub, bitbucketCloud, gitLab, azureDevOpsServices, gitHubEnterprise,
 * bitbucketServer, gitLabEnterpriseEdition, awsCodeCommit).
 */
export const GIT_PROVIDERS = [
  'gitHub',
  'bitbucketCloud',
  'gitLab',
  'azureDevOpsServices',
  'gitHubEnterprise',
  'bitbucketServer',
  'gitLabEnterpriseEdition',
  'awsCodeCommit',
];

export const gitFolder: KindRules = {
  kind: 'git-folder',
  plural: 'git-folders',
  description:
    'A Git folder (the Repos API): a clone of a remote repository at a workspace path, on a branch or a tag. Jobs refer to its notebooks by path: `${git-folders.<name>.path}/etl/ingest`.',
  // Before the notebooks, pipelines and jobs that use what it holds.
  wave: 1,
  identity: { field: 'path', unique: true },
  api: { idField: 'id', listKey: 'repos', permissionType: 'repos' },
  // Source: Terraform permissions/permission_definitions.go (repos).
  permissionLevels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
  deployerKeepsManage: true,
  spec: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['url', 'provider', 'path'],
      properties: {
        url: { type: 'string', pattern: '^(https://|git@|ssh://)', description: 'The remote repository.' },
        // The API takes any case; codeploy asks for one spelling, so a plan never shows a case change.
        provider: { enum: GIT_PROVIDERS, description: 'The Git provider.' },
        path: WORKSPACE_PATH,
        branch: { type: 'string', minLength: 1, description: 'The branch checked out (or give a tag).' },
        tag: { type: 'string', minLength: 1, description: 'A tag checked out instead of a branch.' },
        sparse_checkout: {
          type: 'object',
          additionalProperties: false,
          properties: { patterns: { type: 'array', items: { type: 'string' } } },
        },
      },
      not: { required: ['branch', 'tag'], description: 'a branch or a tag, not both' },
    },
  },
  readOnlyFields: ['id', 'head_commit_id'],
  normalize: stripWorkspacePrefix,
  fieldRules: {
    ...NO_FIELD_RULES,
    backendDefaults: [
      {
        path: 'branch',
        reason:
          'a clone checks out the remote default branch when none is given (databricks/cli libs/testserver/repos.go)',
      },
    ],
    // The Repos API's RepoInfo has no `tag`: a tag checked out reads back as no branch at all.
    ignoreRemote: [
      { path: 'tag', reason: 'RepoInfo (the SDK) carries branch and head_commit_id, never tag' },
    ],
    // PATCH takes only branch, tag and sparse_checkout (the SDK's UpdateRepoRequest).
    recreateOn: ['url', 'provider', 'path'],
  },
};

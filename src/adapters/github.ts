import { getOctokit } from '@actions/github';
import type { CommentsApi, IssueComment } from '../ports/github.ts';

interface RawComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
}

const toComment = (c: RawComment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  author: c.user?.login ?? '',
  url: c.html_url,
});

/** Issue comments through Octokit (which honours GITHUB_API_URL for GitHub Enterprise Server). */
export function githubComments(token: string, owner: string, repo: string, baseUrl?: string): CommentsApi {
  const octokit = getOctokit(token, baseUrl ? { baseUrl } : {});
  return {
    async list(issue) {
      // Paginated: a PR with more than 100 comments still has its plan comment found.
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      return (all as RawComment[]).map(toComment);
    },
    async create(issue, body) {
      const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return toComment(r.data as RawComment);
    },
    async update(id, body) {
      const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return toComment(r.data as RawComment);
    },
  };
}

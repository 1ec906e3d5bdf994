/** A pull request's issue comments: what the plan comment needs from GitHub. */
export interface IssueComment {
  id: number;
  body: string;
  author: string;
  url: string;
}

export interface CommentsApi {
  /** Every comment on the issue or PR, all pages. */
  list(issue: number): Promise<IssueComment[]>;
  create(issue: number, body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

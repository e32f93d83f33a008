/** An article as it enters the pipeline: the text and whatever metadata the input carried. */
export interface Article {
  id?: string | null;
  text: string;
  title?: string | null;
  url?: string | null;
  /** Publication date, YYYY-MM-DD, when the input gives it. */
  date?: string | null;
  source?: string | null;
  /** The byline, when an HTML page or feed names one. */
  author?: string | null;
}

/**
 * The form of a publication date-time as printed by the article, to the
 * precision it gives: `2017-01-24`, `2017-01-24T22:40` or with seconds and an
 * offset. Its own module, without zod, so the command line can check
 * `--published` without loading the schema library (the `whosaid` command
 * that only hands files to child processes starts sooner; docs/scale.md).
 */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

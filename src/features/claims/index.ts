/** Claims versus denials: each claim beside the denials that answer it. */
export { ClaimsPanel } from './components/claims-panel';
export type { ClaimsPanelProps } from './components/claims-panel';

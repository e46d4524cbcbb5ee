export { CallbacksPanel, type CallbacksPanelProps } from './CallbacksPanel';

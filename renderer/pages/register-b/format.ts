export { formatDuration } from '../../../shared/rules/format-fr';

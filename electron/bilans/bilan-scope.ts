/** A bilan's scope is kept as the JSON of a dashboard scope; read back through the same schema. */
import { scopeInput, type ScopeData } from '../../shared/indicators/schemas';

export function scopeOfBilan(stored: string): ScopeData {
  const parsed = scopeInput.safeParse(JSON.parse(stored));
  // A scope the dashboard no longer knows (a later version's) counts everything rather than failing.
  return parsed.success ? parsed.data : { kind: 'tout' };
}

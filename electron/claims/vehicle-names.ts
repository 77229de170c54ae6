/** How a claim names a vehicle: on its lines (« Voiture 5 CV électrique, AB-123-CD ») and in a régularisation. */

export function describeVehicle(v: {
  kind: string;
  cv: number | null;
  electric: boolean;
  label?: string | null;
  plate?: string | null;
}): string {
  const kind = v.kind === 'moto' ? 'Moto' : v.kind === 'cyclomoteur' ? 'Cyclomoteur' : 'Voiture';
  const parts = [
    `${kind}${v.kind === 'cyclomoteur' ? '' : ` ${v.cv ?? '?'}\u00a0CV`}${v.electric ? ' électrique' : ''}`,
  ];
  if (v.plate) parts.push(v.plate);
  return parts.join(', ');
}

/** The name the register gives a vehicle ("Clio"), unless it only repeats its kind. */
export function vehicleName(v: { kind: string; label: string | null }): string | null {
  const label = v.label?.trim() ?? '';
  return label && label.toLowerCase() !== v.kind ? label : null;
}

/** Address of a plan page. */
export const planUrl = (id: string): string => `/planes/${id}/`;

/** Anchor id of the n-th axis of a plan (1-based): `eje-2`. */
export const axisAnchor = (axis: number): string => `eje-${axis}`;

/** Anchor id of the m-th line of the n-th axis (both 1-based): `linea-2-3`. */
export const lineAnchor = (axis: number, line: number): string => `linea-${axis}-${line}`;

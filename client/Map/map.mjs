export function hello() { return 1; }

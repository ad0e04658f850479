/**
 * Mantine gives `name` to the hidden value input of a Select or DateInput. People and e2e tests
 * work with the visible input, so that one carries the name: spread this into the component.
 * (Through Mantine's `attributes`, so React itself renders it; React resets `name` on every
 * update of an input, which would undo a name set through a ref.)
 */
export function visibleInputName(name: string) {
  return { attributes: { input: { name } } };
}

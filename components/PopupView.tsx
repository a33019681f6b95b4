/** The toolbar popup. Props-only view: the entrypoint wires it to the extension. */
export function PopupView() {
  return (
    <main>
      <h1>Dân vận Lens</h1>
    </main>
  );
}

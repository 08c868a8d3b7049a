// Text files bundled as strings (esbuild's text loader): data lists that ship inside the bundle, not beside it.
declare module '*.txt' {
  const text: string;
  export default text;
}

// Positions in a document: 0-based lines and UTF-16 characters (as in VS Code); the CLI adds 1 when printing.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

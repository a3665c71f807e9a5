/**
 * Streaming XML on top of saxes, which never expands entities: an entity a document declares for itself
 * (the XXE and billion-laughs tricks) is an error, not a substitution. Callers get elements and text as
 * they stream by, so a report of any size is read in bounded memory.
 */
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** A push parser: feed chunks with write(), then close(); throws XmlSyntaxError with the position. */
export class XmlStream {
  private readonly parser = new SaxesParser({ position: true });
  private failure: XmlSyntaxError | undefined;

  constructor(handlers: XmlHandlers) {
    this.parser.on('opentag', (tag) => {
      handlers.open(tag.name, tag.attributes as Record<string, string>);
    });
    this.parser.on('closetag', (tag) => {
      handlers.close(tag.name);
    });
    this.parser.on('text', (text) => {
      handlers.text(text);
    });
    this.parser.on('cdata', (text) => {
      handlers.text(text);
    });
    this.parser.on('error', (error) => {
      // saxes prefixes "line:column: "; keep the position apart so callers can format it their way.
      this.failure ??= new XmlSyntaxError(
        error.message.replace(/^\d+:\d+: /, ''),
        this.parser.line,
        this.parser.column,
      );
    });
  }

  write(chunk: string): void {
    this.throwIfFailed();
    this.parser.write(chunk);
    this.throwIfFailed();
  }

  close(): void {
    this.throwIfFailed();
    this.parser.close();
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

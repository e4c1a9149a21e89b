"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the store."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import fail_cleanly, store_options


@click.command()
@store_options
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address lets other machines "
              "read the graph.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0 picks a free one).")
@fail_cleanly
def serve(out_dir: Path, store_path: Path | None, rdf_file: Path | None, host: str, port: int) -> None:
    """Answer SPARQL queries over HTTP (SPARQL 1.1 Protocol), read-only, until Ctrl-C.

    The endpoint is http://HOST:PORT/sparql; the default graph is the union of all
    documents. Results follow the Accept header: SPARQL results JSON (default), XML, CSV
    or TSV; Turtle (default), N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE.
    The store is opened read-only, so `kg query` still works beside the server; restart
    the server after `kg build` to serve the new documents. SERVICE is refused.

    \b
    Example:
      kg serve --out out/
      curl -H 'Accept: text/csv' --data-urlencode \\
        'query=SELECT ?a ?b WHERE { ?a kg:partnersWith ?b }' http://127.0.0.1:7878/sparql
    """
    from kg import serve as kg_serve
    from kg import store as kg_store

    if rdf_file is not None:
        source = kg_store.load_rdf_file(rdf_file)
    else:
        source = kg_serve.open_read_only(store_path or out_dir / "store")
    try:
        server = kg_serve.Server(source, host=host, port=port)
    except OSError as e:
        raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror or e}") from e
    if not kg_serve.is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read the graph",
                   err=True)
    click.echo(f"SPARQL endpoint: {server.url} (Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    click.echo("stopped", err=True)

using NetEscapades.AspNetCore.SecurityHeaders;

namespace Rag.Api.Http;

/// <summary>The in-browser GraphQL editor, from GraphiQL's npm package served out of wwwroot, no CDN.</summary>
static class GraphiQLPage
{
    const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Rag · GraphQL</title>
          <link rel="stylesheet" href="/lib/graphiql/graphiql.min.css">
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
        </head>
        <body>
          <div id="graphiql">Loading the GraphQL editor…</div>
          <script src="/lib/react/react.production.min.js"></script>
          <script src="/lib/react-dom/react-dom.production.min.js"></script>
          <script src="/lib/graphiql/graphiql.min.js"></script>
          <script nonce="{nonce}">
            const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
            const defaultQuery = `# Rag: England's school-improvement record. Press ▶ to run; the Docs panel lists every field.
        # Mutations need an editor's key: add {"Authorization": "Bearer <key>"} under Headers.
        {
          fsiLetters(first: 5, order: [{ letterDate: ASC }]) {
            totalCount
            nodes { printedName letterDate schoolCount localAuthority { name region { name } } }
          }
        }
        `;
            ReactDOM.createRoot(document.getElementById('graphiql'))
              .render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
          </script>
        </body>
        </html>
        """;

    public static Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        // The inline start-up script runs under the Content-Security-Policy only with this request's nonce.
        return http.Response.WriteAsync(Html.Replace("{nonce}", http.GetNonce()));
    }
}

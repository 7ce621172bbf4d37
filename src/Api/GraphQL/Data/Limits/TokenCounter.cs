using GraphQLParser;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>Counts a document's tokens before it is parsed, so a huge document is refused cheaply.</summary>
public static class TokenCounter
{
    /// <returns>True when the document has no more than <paramref name="max"/> tokens.</returns>
    public static bool WithinLimit(string query, int max)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF) return true;
                if (++count > max) return false;
                position = token.End;
            }
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return true; // the parser reports the syntax error itself
        }
    }
}

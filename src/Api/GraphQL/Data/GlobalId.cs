using System.Text;

namespace Rag.Api.GraphQL.Data;

/// <summary>Node IDs as HotChocolate 14 writes them: base64 of "TypeName:id", opaque to clients.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    public static bool TryDecode(string? value, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(value)) return false;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
            var colon = text.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out id)) return false;
            typeName = text[..colon];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The database id of a global ID that must name <paramref name="typeName"/>.</summary>
    public static int? DecodeFor(string typeName, string? value) =>
        TryDecode(value, out var name, out var id) && name == typeName ? id : null;
}

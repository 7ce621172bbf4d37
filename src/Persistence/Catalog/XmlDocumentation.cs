using System.Reflection;
using System.Xml.Linq;

namespace Rag.Persistence.Catalog;

/// <summary>The domain's XML doc summaries, so the schema describes each type and field in the words the
/// domain model already uses, without a second copy of every description.</summary>
public sealed class XmlDocumentation
{
    readonly Dictionary<string, string> summaries = [];

    public XmlDocumentation(Assembly assembly)
    {
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(file)) return;
        foreach (var member in XDocument.Load(file).Descendants("member"))
        {
            var summary = member.Element("summary");
            if (summary is null) continue;
            var text = string.Join(" ", summary.Nodes().Select(Text)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            summaries[member.Attribute("name")!.Value] = string.Join(' ', text);
        }
    }

    public string? Type(Type type) => summaries.GetValueOrDefault($"T:{type.FullName}");

    public string? Member(MemberInfo member) =>
        summaries.GetValueOrDefault($"{(member is FieldInfo ? "F" : "P")}:{member.DeclaringType!.FullName}.{member.Name}");

    static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see =>
            see.Attribute("cref")?.Value.Split('.').Last() ?? see.Attribute("langword")?.Value ?? see.Value,
        XElement element => string.Concat(element.Nodes().Select(Text)),
        _ => "",
    };
}

namespace Rag.Persistence.Catalog;

/// <summary>One line per entity in the schema: its root fields' names and whether editors may change it.</summary>
/// <param name="Plural">The root connection field, e.g. <c>fsiLetters</c>.</param>
/// <param name="Singular">The root lookup by id, e.g. <c>fsiLetter</c>.</param>
public sealed record EntityDeclaration(Type ClrType, string Plural, string Singular, bool Editable = true);

using Rag.Domain.Common;

namespace Rag.Domain.Schools;

public class CategoryCriterion : Record
{
    public int SchoolCategoryId { get; set; }
    public SchoolCategory? SchoolCategory { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}

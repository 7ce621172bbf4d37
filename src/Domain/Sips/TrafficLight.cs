namespace Rag.Domain.Sips;

/// <summary>The traffic-light colour 003 gives each readiness statement (lines 254-257).</summary>
public enum TrafficLight
{
    /// <summary>Green: preparation is outstanding or good.</summary>
    Green,
    /// <summary>Amber: preparation is in need of some improvement.</summary>
    Amber,
    /// <summary>Red: preparation is in need of substantial improvement.</summary>
    Red,
}

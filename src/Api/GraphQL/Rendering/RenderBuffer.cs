using System.Buffers;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>The bytes of a request's rendered lists, one after another in one pooled array, so a thousand small lists
/// cost no thousand arrays. Scoped: the array goes back to the pool when the request ends, after its answer is sent.</summary>
public sealed class RenderBuffer : IBufferWriter<byte>, IDisposable
{
    byte[] bytes = [];
    int written;

    /// <summary>How many lists this request rendered, for the tests and the curious.</summary>
    public int Lists { get; private set; }

    /// <summary>Where the next list starts.</summary>
    public int Mark => written;

    /// <summary>The list written since <paramref name="mark"/>, kept.</summary>
    public RenderedList Commit(int mark)
    {
        Lists++;
        return new RenderedList(this, mark, written - mark);
    }

    /// <summary>Forgets what was written since <paramref name="mark"/>: a list that could not be rendered.</summary>
    public void Truncate(int mark) => written = mark;

    public ReadOnlySpan<byte> Slice(int start, int length) => bytes.AsSpan(start, length);

    public void Advance(int count) => written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(written);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(written);

    byte[] Reserve(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 256);
        if (needed <= bytes.Length) return bytes;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, bytes.Length * 2));
        bytes.AsSpan(0, written).CopyTo(larger);
        Return();
        return bytes = larger;
    }

    void Return()
    {
        if (bytes.Length > 0) ArrayPool<byte>.Shared.Return(bytes);
    }

    public void Dispose()
    {
        Return();
        bytes = [];
        written = 0;
    }
}

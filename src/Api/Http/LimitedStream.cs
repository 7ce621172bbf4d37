namespace Rag.Api.Http;

/// <summary>A write-only stream that refuses to grow past a limit, so an oversized body is never buffered whole.</summary>
sealed class LimitedStream(Stream inner, long limit) : Stream
{
    public sealed class TooLargeException : Exception;

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (inner.Length + count > limit) throw new TooLargeException();
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (inner.Length + buffer.Length > limit) throw new TooLargeException();
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

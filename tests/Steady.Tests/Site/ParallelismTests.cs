using Steady.Text;

namespace Steady.Tests.Site;

public sealed class ParallelismTests
{
    [Fact]
    public void A_failure_in_parallel_work_arrives_as_itself()
    {
        var thrown = Assert.Throws<IOException>(() => Parallelism.Invoke(
            () => { },
            () => throw new IOException("disk full")));

        Assert.Equal("disk full", thrown.Message);
    }
}

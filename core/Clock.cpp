#include "Clock.h"

namespace steward {

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace steward

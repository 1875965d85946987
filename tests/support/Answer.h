#pragma once

#include <functional>
#include <memory>

// What a callback answered, and whether it has yet: hand callback() to an
// asynchronous call, then wait with QTRY_VERIFY(answer.arrived()).
template<typename T>
class Answer
{
public:
    std::function<void(const T &)> callback() const
    {
        return [state = m_state](const T &value) {
            state->value = value;
            state->arrived = true;
        };
    }
    bool arrived() const { return m_state->arrived; }
    const T &value() const { return m_state->value; }

private:
    struct State {
        bool arrived = false;
        T value {};
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

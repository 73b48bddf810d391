"""The Countdown tab: the live count, the event and zone choosers, iCalendar export."""

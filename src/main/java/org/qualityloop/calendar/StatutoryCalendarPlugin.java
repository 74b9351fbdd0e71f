package org.qualityloop.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Makes the statutory calendar the engine's {@code dueDate} and {@code duration} business calendars. */
@Component
class StatutoryCalendarPlugin extends AbstractProcessEnginePlugin {

    private final StatutoryCalendar calendar;
    private final BusinessClock clock;

    StatutoryCalendarPlugin(StatutoryCalendar calendar, BusinessClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new StatutoryBusinessCalendar(calendar, clock, new DueDateBusinessCalendar()));
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new StatutoryBusinessCalendar(calendar, clock, new DurationBusinessCalendar()));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}

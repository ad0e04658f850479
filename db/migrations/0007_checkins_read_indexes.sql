DROP INDEX `checkins_month`;--> statement-breakpoint
CREATE INDEX `checkins_trend` ON `checkins` (`student_id`,`month`,`risk`,`attendance_pct`,`failing_courses`,`money_trouble`,`family_event`);--> statement-breakpoint
CREATE INDEX `checkins_month` ON `checkins` (`month`,`student_id`,`risk`);
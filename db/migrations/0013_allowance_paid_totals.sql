CREATE TABLE `allowance_paid_totals` (
	`academic_year` integer NOT NULL,
	`policy_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	`lines` integer NOT NULL,
	PRIMARY KEY(`academic_year`, `policy_id`, `student_id`),
	FOREIGN KEY (`policy_id`) REFERENCES `allowance_policies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `allowance_lines_reverses` ON `allowance_lines` (`reverses_line_id`) WHERE reverses_line_id IS NOT NULL;--> statement-breakpoint
-- The batches paid so far, added up as markPaid adds each one from now on (electron/backend/allowances/paidTotals.ts).
INSERT INTO `allowance_paid_totals` (`academic_year`, `policy_id`, `student_id`, `amount_fen`, `lines`)
SELECT coalesce(ob.`academic_year`, b.`academic_year`), b.`policy_id`, l.`student_id`, sum(l.`amount_fen`), count(*)
FROM `allowance_lines` l
JOIN `allowance_batches` b ON b.`id` = l.`batch_id`
LEFT JOIN `allowance_lines` o ON o.`id` = l.`reverses_line_id`
LEFT JOIN `allowance_batches` ob ON ob.`id` = o.`batch_id`
WHERE b.`status` = 'paid'
GROUP BY 1, 2, 3;

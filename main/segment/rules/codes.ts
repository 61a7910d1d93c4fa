/** The rule codes live in common/ (the renderer reads them too); the segmenter imports them from here. */
export { RULE_CODES, type RuleCode } from '../../../common/segment/ruleCodes';
